// The page of `inspect playground`: the studio over the playground backend (the compiler and the
// language server as WebAssembly in a Web Worker; no server).
import { playgroundBackend } from './backends/playground.js';
import { startStudio } from './studio.js';

startStudio(playgroundBackend());
