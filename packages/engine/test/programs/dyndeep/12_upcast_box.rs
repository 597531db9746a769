trait Base {
    fn id(&self) -> u32;
}

trait Derived: Base {
    fn extra(&self) -> String;
}

struct Item(u32);

impl Base for Item {
    fn id(&self) -> u32 { self.0 }
}

impl Derived for Item {
    fn extra(&self) -> String { format!("item #{}", self.0) }
}

fn describe(b: Box<dyn Base>) {
    println!("base id {}", b.id());
}

fn main() {
    let items: Vec<Box<dyn Derived>> = vec![Box::new(Item(7)), Box::new(Item(9))];
    for d in items {
        println!("{}", d.extra());
        // Box<dyn Derived> upcasts to Box<dyn Base>.
        let b: Box<dyn Base> = d;
        describe(b);
    }
}
