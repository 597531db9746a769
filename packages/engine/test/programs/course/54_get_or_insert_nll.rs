// Lab 7 checkpoint: find a counter by name, or add a new one.

#[derive(Debug)]
struct Counter {
    name: String,
    hits: u32,
}

fn find_or_add<'a>(counters: &'a mut Vec<Counter>, name: &str) -> &'a mut Counter {
    for c in counters.iter_mut() {
        if c.name == name {
            return c;
        }
    }
    counters.push(Counter { name: name.to_string(), hits: 0 });
    counters.last_mut().unwrap()
}

fn main() {
    let mut counters = Vec::new();
    for page in ["home", "about", "home", "home"] {
        find_or_add(&mut counters, page).hits += 1;
    }
    println!("{:?}", counters);
}
