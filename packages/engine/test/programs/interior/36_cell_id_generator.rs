use std::cell::Cell;

struct IdGen {
    next: Cell<u64>,
    prefix: &'static str,
}

impl IdGen {
    fn fresh(&self) -> String {
        let id = self.next.get();
        self.next.set(id + 1);
        format!("{}-{:03}", self.prefix, id)
    }
}

struct Order<'a> {
    id: String,
    item: &'a str,
}

fn make_orders<'a>(gen: &IdGen, items: &[&'a str]) -> Vec<Order<'a>> {
    items.iter().map(|item| Order { id: gen.fresh(), item }).collect()
}

fn main() {
    let gen = IdGen { next: Cell::new(1), prefix: "ORD" };
    let morning = make_orders(&gen, &["tea", "toast"]);
    let evening = make_orders(&gen, &["soup", "bread", "pie"]);
    for o in morning.iter().chain(evening.iter()) {
        println!("{} {}", o.id, o.item);
    }
    println!("next id will be {}", gen.next.get());
}
