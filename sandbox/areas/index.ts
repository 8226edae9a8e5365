/** Every area's routes in one router. One module per area of the app, named like it. */
import { Router } from '../lib/router';
import associations from './associations';
import blogs from './blogs';
import businesses from './businesses';
import calendars from './calendars/index';
import contacts from './contacts';
import conversations from './conversations';
import courses from './courses';
import forms from './forms';
import links from './links';
import invoices from './invoices';
import locations from './locations';
import medias from './medias';
import objects from './objects';
import opportunities from './opportunities';
import payments from './payments';
import products from './products';
import users from './users';
import workflows from './workflows';

export const router = new Router();
for (const area of [
  contacts,
  opportunities,
  calendars,
  conversations,
  locations,
  users,
  workflows,
  blogs,
  businesses,
  associations,
  courses,
  forms,
  medias,
  links,
  invoices,
  payments,
  products,
  objects,
])
  area(router);
