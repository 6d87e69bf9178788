-- The course technology alliances take instead of the selling and deployment courses
-- (training-curriculum).
insert into training_catalogue (id, kind, title, description, link, pass_mark, max_attempts, created_at, updated_at, version) values
('integration-essentials', 'COURSE', 'Integration essentials',
 'The product''s APIs, events and extension points, and how a joint integration is certified and listed.',
 'https://training.example.com/courses/integration-essentials', null, null, current_timestamp(6), current_timestamp(6), 0);
