// One home for the rule: users (issue #14). Kept as a re-export only while libs/access/src/live, changed in
// parallel, still imports it from here; delete once it imports from @guichet/users.
export { assertManagesClub } from '@guichet/users';
