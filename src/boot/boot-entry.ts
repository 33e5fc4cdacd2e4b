/** The IIFE entry of boot.js (see boot.ts). */
import { boot } from './boot';

boot();
