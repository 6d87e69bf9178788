-- The courses and exams of the training platform, as partners see them: what each is, where to
-- take it, and for exams the pass mark and the attempts allowed. Which courses a partner must take
-- stays the training-curriculum decision; this table describes them. Managers add, change and
-- retire entries through the API; a retired entry stays, since enrolments and attempts name it.
-- Course and exam ids share one namespace.
create table training_catalogue (
    id           varchar(64)    not null,
    kind         varchar(8)     not null,
    title        varchar(200)   not null,
    description  varchar(2000),
    link         varchar(500),
    pass_mark    decimal(5,2),
    max_attempts int,
    created_at   datetime(6)    not null,
    updated_at   datetime(6)    not null,
    retired_at   datetime(6),
    version      bigint         not null,
    primary key (id)
);

-- The courses of the training-curriculum decision and the exams of the exam-pass-mark decision,
-- with its pass marks and the default of partner-engine.certification.max-exam-attempts.
insert into training_catalogue (id, kind, title, description, link, pass_mark, max_attempts, created_at, updated_at, version) values
('product-essentials', 'COURSE', 'Product essentials',
 'What the product does, for whom, and how it is licensed. Everyone who sells, deploys or runs it starts here.',
 'https://training.example.com/courses/product-essentials', null, null, current_timestamp(6), current_timestamp(6), 0),
('sales-fundamentals', 'COURSE', 'Sales fundamentals',
 'The sales motion: qualifying, positioning against alternatives, pricing and registering deals.',
 'https://training.example.com/courses/sales-fundamentals', null, null, current_timestamp(6), current_timestamp(6), 0),
('technical-deployment', 'COURSE', 'Technical deployment',
 'Installing, configuring and upgrading the product at a customer, and handing it over.',
 'https://training.example.com/courses/technical-deployment', null, null, current_timestamp(6), current_timestamp(6), 0),
('managed-services-ops', 'COURSE', 'Managed services operations',
 'Running the product for customers: monitoring, backups, incidents and service levels.',
 'https://training.example.com/courses/managed-services-ops', null, null, current_timestamp(6), current_timestamp(6), 0),
('referral-basics', 'COURSE', 'Referral basics',
 'How to recognise a good lead and pass it on.',
 'https://training.example.com/courses/referral-basics', null, null, current_timestamp(6), current_timestamp(6), 0),
('sales-certification', 'EXAM', 'Sales certification',
 'The sales certification exam.',
 'https://training.example.com/exams/sales-certification', 70, 3, current_timestamp(6), current_timestamp(6), 0),
('technical-certification', 'EXAM', 'Technical certification',
 'The technical certification exam. Deployments go wrong expensively: a higher bar.',
 'https://training.example.com/exams/technical-certification', 80, 3, current_timestamp(6), current_timestamp(6), 0),
('managed-services-certification', 'EXAM', 'Managed services certification',
 'The managed services certification exam.',
 'https://training.example.com/exams/managed-services-certification', 75, 3, current_timestamp(6), current_timestamp(6), 0);
