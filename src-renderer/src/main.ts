// First: IndexedDB opens while the modules below are evaluated (start-early.ts).
import './start-early';
import './zod-config';
import { mount } from 'svelte';
import App from './App.svelte';
import { yieldToMain } from './lib/yield';
import './app.css';

// Start-up breakdown (bench/README.md): every module above has been evaluated by now.
performance.mark('cobalt:modules-evaluated');

const target = document.getElementById('app');
if (!target) throw new Error('Cobalt: #app element missing from index.html');

// The first render in a task of its own: module evaluation and mounting together were the
// longest task of a start (issue 18).
void yieldToMain().then(() => mount(App, { target }));
