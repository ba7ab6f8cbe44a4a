import { z } from 'zod';

// Validation messages reach riders and staff, so every app that imports the shared schemas gets Chinese ones.
z.config(z.locales.zhCN());
