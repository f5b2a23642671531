/**
 * Ingredient words and the plant phrases that must be removed before matching them, for the diet
 * rules (diet-rules.ts). Patterns run on lower-cased SR28 descriptions unless noted.
 */
// Words that name meat. `\b` keeps "ham" from matching "hamburger" (listed on its own) and
// "turkey" from matching nothing else; plant uses ("coconut meat", "meatless") are removed first.
export const MEAT_WORDS =
  'beef|pork|ham|hams|bacon|chicken|turkey|lamb|veal|mutton|goat|venison|bison|elk|moose|caribou|' +
  'rabbit|duck|goose|quail|pheasant|squab|ostrich|emu|boar|horse|whale|seal|walrus|beaver|' +
  'sausage|sausages|pepperoni|salami|bologna|frankfurter|frankfurters|franks|hot dog|hotdog|' +
  'meat|meats|meatball|meatballs|meatloaf|hamburger|hamburgers|cheeseburger|cheeseburgers|' +
  'liver|liverwurst|giblets|tripe|oxtail|pastrami|corned|jerky|chorizo|prosciutto|pate|' +
  'gelatin|gelatine|marshmallow|marshmallows|lard|suet|tallow|' +
  'chili con carne|carne|pollo|steak|brisket|ribs|pot roast|roast beef|chitterlings|' +
  'sweetbreads|cracklings|schmaltz|scrapple|spam|kielbasa|bratwurst|knockwurst|gyro|gyros|' +
  'au jus|wedding soup|sea lion|owl|squirrel|mcchicken|mcnuggets|mcrib|whopper|big mac|' +
  'quarter pounder|mcmuffin|pepperoni|rennin|rennet';
export const FISH_WORDS =
  'fish|salmon|tuna|cod|codfish|anchovy|anchovies|sardine|sardines|mackerel|herring|trout|' +
  'tilapia|halibut|haddock|pollock|catfish|flounder|sole|bass|perch|pike|carp|shark|swordfish|' +
  'snapper|grouper|mullet|roe|caviar|shrimp|prawn|prawns|crab|crabs|lobster|crayfish|clam|' +
  'clams|mussel|mussels|oyster|oysters|scallop|scallops|squid|octopus|calamari|abalone|whelk|' +
  'conch|surimi|bonito|eel|smelt|whitefish|lox|worcestershire|caesar|seafood|sushi|krill|' +
  'sea bass|pompano|roughy|scrod|lingcod|milkfish';
export const ANIMAL_WORDS =
  'milk|milks|buttermilk|cheese|cheeses|cheesecake|butter|buttered|butterscotch|cream|' +
  'creamed|yogurt|yoghurt|whey|casein|caseinate|egg|eggs|eggnog|mayonnaise|honey|ghee|kefir|' +
  'honeycomb|marshmallow creme|marshmallow cream|custard|pudding|au gratin|alfredo|ice cream|milk chocolate|parmesan|mozzarella|cheddar|' +
  'ricotta|lactose|nonfat dry milk|sour cream|souffle|meringue|quiche|hollandaise|ranch|' +
  'tzatziki|paneer|queso|pesto|dairy|cheesy|cheez|colby|thousand island';

/** Plant or meat-free phrases that contain an animal word; removed before keyword matching. */
export const NOT_ANIMAL_PHRASES: readonly RegExp[] = [
  /\b(coconut|soy|soya|almond|rice|oat|cashew|hemp|nut|grain|imitation|coconut water and)\s*milks?\b/g,
  /\bsoymilk\b/g,
  /\b(milk|cream) substitutes?\b/g,
  /\b(peanut|almond|cashew|nut|sesame|sunflower seed|apple|cocoa|shea|soy ?nut|pumpkin seed|seed)\s+butters?\b/g,
  /\bbutter ?nuts?\b/g,
  /\bbutter ?beans?\b/g,
  /\bbutterbur\b/g,
  /\bbutterhead\b/g,
  /\bbuttercup\b/g,
  /\bcream of (tartar|wheat|rice)\b/g,
  /\bcream[- ]style\b/g,
  /\beggplants?\b/g,
  /\begg-free\b|\bwithout eggs?\b|\bno eggs?\b|\bmade without egg\b/g,
  /\bhoneydew\b/g,
  /\bhoney locust\b/g,
  /\bwithout (cheese|butter|milk|cream)\b/g,
  /\bnon-?dairy\b/g,
  /\bcoconut cream\b/g,
  /\bmilkweed\b/g,
  /\bice cream beans?\b/g,
  /\bcustard[- ]apples?\b/g,
  /\b(nutmeg|ucuhuba|cocoa|shea|mango|kokum|illipe|hard) butter\b/g,
  /\bnon-dairy butter flavou?r\b/g,
  /\bcream soda\b/g,
  /\bdinosaur eggs\b/g,
  /\b(soy|tofu|almond|coconut|rice|cashew) (yogurt|cheese|creamer|ice cream|frozen dessert)\b/g,
  /\bsoybean, curd cheese\b/g,
  /\branch style\b/g,
  /\bbread and butter pickles\b/g,
  /\bcoconut\b.*\bcream(ed)?\b/g,
];

export const NOT_MEAT_PHRASES: readonly RegExp[] = [
  /\bmeatless\b/g,
  /\b(coconut|nut|crab ?apple|walnut|pecan) meat\b/g,
  /\bmeat (extender|substitute|analog)\b/g,
  /\bwithout (meat|bacon|ham|sausage|pepperoni)\b/g,
  /\bbuffalo wing sauce\b/g,
  /\bsealed\b/g,
  /\bseal(ing)? \w+ (juice|oil)?\b(?=.*\bberr)/g,
  /\bgoat'?s? (milk|cheese)\b/g,
  /\bmock\b/g,
  /\bsteak (fries|cut)\b/g,
  /\b(egg|eggs|milk|cheese), (duck|goose|quail|turkey|goat|indian buffalo|sheep)\b/g,
  /\bgrated meat\b/g,
  // Marshmallow creme (fluff) is whipped with egg white, not set with gelatin.
  /\bmarshmallow (creme|cream|fluff)\b/g,
  /\bcod liver\b/g,
  // "Fish, lingcod, meat" and "Fish, pike, northern, liver" are fish, not meat.
  /^fish\b.*/g,
  /\b(rolls?, )?(hamburger|hot ?dog)( or hot ?dog)?,? (rolls?|buns?)\b/g,
  /\brolls, hamburger( or hot ?dog)?\b/g,
  /\bcoating for (pork|chicken)\b/g,
  /\b(pickle )?relish, (hot dog|hamburger)\b/g,
];
export const NOT_FISH_PHRASES: readonly RegExp[] = [
  /\boyster (mushrooms?|plant)\b/g,
  /\bmushrooms, oyster\b/g,
  /\bvegetable oyster\b/g,
  /\boyster crackers?\b|\(includes oyster, soda, soup\)/g,
  /\bfish-shaped\b/g,
  /\bsummer, scallop\b|\bscallop squash\b/g,
  /\bcrab ?apples?\b/g,
  /\bsole\b(?= of)/g,
  /\bfishberry\b/g,
  /\bwithout (fish|anchov(y|ies))\b/g,
  // The LITTLE CAESARS pizza chain, not Caesar (anchovy) dressing.
  /\blittle caesars?\b/g,
];

/** Brands whose SR28 products are all vegetarian meat analogues (Kellogg/Worthington lines). */
export const VEGETARIAN_BRANDS = /^(MORNINGSTAR FARMS|WORTHINGTON|LOMA LINDA|GARDENBURGER)\b/;

/** Whole words or phrases, singular or plural ("ice creams", "puddings", "gelatins"). */
export const word = (alternatives: string): RegExp => new RegExp(`\\b(${alternatives})(?:e?s)?\\b`);

/**
 * A vegetarian claim: the description says vegetarian, meatless, veggie or vegan, or names a brand
 * that makes only vegetarian meat analogues (its "sausage" or "chik'n" names are not meat).
 */
export const VEGETARIAN_CLAIM = /\b(vegetarian|meatless|veggie|vegan)\b/i;
export const VEGAN_CLAIM = /\bvegan\b/i;

/** Descriptions that mention meat only as a flavour ("chicken flavor"): meat unknown, not yes. */
export const MEAT_FLAVOUR_ONLY = new RegExp(`\\b(${MEAT_WORDS})[- ]flavou?r(ed)?\\b`);
