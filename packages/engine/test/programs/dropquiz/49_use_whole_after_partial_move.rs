// Exercise: using a struct after one of its fields was moved out.
struct Item(&'static str);

struct Crate {
    top: Item,
    bottom: Item,
}

fn describe(c: &Crate) -> String {
    format!("{} / {}", c.top.0, c.bottom.0)
}

fn main() {
    let c = Crate { top: Item("apples"), bottom: Item("pears") };
    let top = c.top;
    println!("took {}", top.0);
    println!("crate: {}", describe(&c));
}
