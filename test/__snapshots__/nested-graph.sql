select c."__total", x.* from (select count(*) as "__total" from park t where true) c left join lateral (select t.*, t.id as "__sort" from park t where true and true order by t.id desc, t.id desc limit ?) x on true;

select c."__total", x.* from (select count(*) as "__total" from university t where true) c left join lateral (select t.*, t.name_zh as "__sort" from university t where true and true order by t.name_zh asc, t.id asc limit ?) x on true;

select id, secret_hash, role, university_id, park_id, enterprise_id from api_key where prefix = ? and revoked_at is null;

select j.enterprise_id as "__parent", t.* from park t join enterprise_park j on j.park_id = t.id
          where j.enterprise_id = any(?::int[]) and true order by t.name_zh, t.id;

select j.enterprise_id as "__parent", t.* from service_domain t join enterprise_domain j on j.service_domain_id = t.id
          where j.enterprise_id = any(?::int[]) and true order by t.number, t.id;

select j.park_id as "__parent", t.* from service_domain t join park_focus_domain j on j.service_domain_id = t.id
          where j.park_id = any(?::int[]) and true order by t.number, t.id;

select j.training_base_id as "__parent", t.* from service_domain t join training_base_domain j on j.service_domain_id = t.id
          where j.training_base_id = any(?::int[]) and true order by t.number, t.id;

select p.parent_id as "__parent", c."__total", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select count(*) as "__total" from enterprise t join enterprise_park j on j.enterprise_id = t.id where j.park_id = p.parent_id and true) c
      left join lateral (select t.*, t.name_zh as "__sort" from enterprise t join enterprise_park j on j.enterprise_id = t.id
        where j.park_id = p.parent_id and true and true order by t.name_zh asc, t.id asc limit ?) x on true;

select p.parent_id as "__parent", c."__total", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select count(*) as "__total" from partnership t  where t.university_id = p.parent_id and true) c
      left join lateral (select t.*, t.started_on as "__sort" from partnership t 
        where t.university_id = p.parent_id and true and true order by t.started_on asc, t.id asc limit ?) x on true;

select p.parent_id as "__parent", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select t.*, t.name_zh as "__sort" from training_base t 
        where t.university_id = p.parent_id and true and true order by t.name_zh asc, t.id asc limit ?) x;

select p.parent_id as "__parent", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select t.*, t.year as "__sort" from cohort t 
        where t.training_base_id = p.parent_id and true and true order by t.year asc, t.id asc limit ?) x;

select p.parent_id as "__parent", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select t.*, t.year as "__sort" from contract_record t 
        where t.enterprise_id = p.parent_id and true and true order by t.year asc, t.id asc limit ?) x;

select p.parent_id as "__parent", x.* from unnest(?::int[]) as p(parent_id)
      cross join lateral (select t.*, t.year as "__sort" from placement t 
        where t.cohort_id = p.parent_id and true and true order by t.year asc, t.id asc limit ?) x;

select t.* from enterprise t where t.id = any(?::int[]);

select t.* from region t where t.id = any(?::int[]);

select t.* from service_domain t where t.id = any(?::int[]);

select t.* from training_base t where t.id = any(?::int[]);

select t.enterprise_id as "__parent", t.* from designation t 
          where t.enterprise_id = any(?::int[]) and true order by t.valid_from desc, t.id;

select t.park_id as "__parent", t.* from designation t 
          where t.park_id = any(?::int[]) and true order by t.valid_from desc, t.id;
