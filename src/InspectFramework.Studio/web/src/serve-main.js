// The page of `inspect serve`: the studio over the serve backend.
import { serveBackend } from './backends/serve.js';
import { startStudio } from './studio.js';

startStudio(serveBackend(window.location));
