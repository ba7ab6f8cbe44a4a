import { Schema, type InferSchemaType } from 'mongoose';
import { roles } from '@yilu/shared';

export const accountSchema = new Schema(
  {
    username: { type: String, unique: true, sparse: true },
    passwordHash: { type: String },
    wechatOpenId: { type: String, unique: true, sparse: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: roles, required: true },
    areaCode: { type: String },
    providerId: { type: String },
    employerName: { type: String },
    creditCode: { type: String },
    disabled: { type: Boolean, default: false },
    lastLoginAt: { type: Date },
  },
  { timestamps: true, collection: 'accounts' },
);

export type AccountFields = InferSchemaType<typeof accountSchema>;
