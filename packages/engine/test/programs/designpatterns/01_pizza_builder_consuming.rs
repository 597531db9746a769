// Builder pattern: each setter consumes self and returns it.
#[derive(Debug)]
struct Pizza {
    size: u32,
    toppings: Vec<String>,
    extra_cheese: bool,
}

struct PizzaBuilder {
    size: u32,
    toppings: Vec<String>,
    extra_cheese: bool,
}

impl PizzaBuilder {
    fn new() -> Self {
        PizzaBuilder { size: 30, toppings: Vec::new(), extra_cheese: false }
    }
    fn size(mut self, cm: u32) -> Self {
        self.size = cm;
        self
    }
    fn topping(mut self, t: &str) -> Self {
        self.toppings.push(t.to_string());
        self
    }
    fn extra_cheese(mut self) -> Self {
        self.extra_cheese = true;
        self
    }
    fn build(self) -> Pizza {
        Pizza { size: self.size, toppings: self.toppings, extra_cheese: self.extra_cheese }
    }
}

fn main() {
    let pizza = PizzaBuilder::new()
        .size(40)
        .topping("mushroom")
        .topping("olive")
        .extra_cheese()
        .build();
    println!("{:?}", pizza);
    println!("{} toppings on a {} cm pizza", pizza.toppings.len(), pizza.size);
}
