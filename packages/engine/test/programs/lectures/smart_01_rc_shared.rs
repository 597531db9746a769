// Rc gives shared ownership; the value lives until the last Rc is dropped.
use std::rc::Rc;

#[derive(Debug)]
struct Config {
    name: String,
    level: u8,
}

struct Service {
    id: u32,
    config: Rc<Config>,
}

fn main() {
    let cfg = Rc::new(Config { name: "prod".to_string(), level: 3 });
    println!("count after new = {}", Rc::strong_count(&cfg));

    let s1 = Service { id: 1, config: Rc::clone(&cfg) };
    println!("count after s1 = {}", Rc::strong_count(&cfg));
    {
        let s2 = Service { id: 2, config: cfg.clone() };
        println!("count with s2 = {}", Rc::strong_count(&cfg));
        println!("s2 {} uses {}", s2.id, s2.config.name);
    }
    println!("count after s2 dropped = {}", Rc::strong_count(&cfg));
    println!("s1 {} level {}", s1.id, s1.config.level);
    println!("same allocation: {}", Rc::ptr_eq(&cfg, &s1.config));

    let services: Vec<Service> = (10..13).map(|id| Service { id, config: Rc::clone(&cfg) }).collect();
    println!("count with vec = {}", Rc::strong_count(&cfg));
    let ids: Vec<u32> = services.iter().map(|s| s.id).collect();
    println!("ids {:?}", ids);
    drop(services);
    drop(s1);
    println!("count at end = {}", Rc::strong_count(&cfg));
    println!("{:?}", cfg);
}
