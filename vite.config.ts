import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// base './' keeps every asset URL relative, so the built app works from any folder, from a file
// server without rewrites and inside an iframe on another site.
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: { target: 'es2022', sourcemap: true },
});
