import './zod-config';
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('Cobalt: #app element missing from index.html');

const app = mount(App, { target });
// Start-up benchmarks measure to this mark; later, first-run seeding moves it to "data ready".
performance.mark('cobalt:interactive');

export default app;
