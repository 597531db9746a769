// A builder whose methods take &mut self and return &mut Self.
#[derive(Debug, Default)]
struct Pizza {
    size: u8,
    toppings: Vec<String>,
    extra_cheese: bool,
}

struct PizzaBuilder {
    pizza: Pizza,
}

impl PizzaBuilder {
    fn new(size: u8) -> PizzaBuilder {
        PizzaBuilder {
            pizza: Pizza { size, ..Default::default() },
        }
    }

    fn topping(&mut self, t: &str) -> &mut PizzaBuilder {
        self.pizza.toppings.push(t.to_string());
        self
    }

    fn cheese(&mut self) -> &mut PizzaBuilder {
        self.pizza.extra_cheese = true;
        self
    }

    fn count(&self) -> usize {
        self.pizza.toppings.len()
    }
}

fn main() {
    let mut b = PizzaBuilder::new(12);
    b.topping("mushroom").topping("olive").cheese();
    b.topping("basil");
    println!("{} toppings", b.count());
    println!("{:?}", b.pizza);
}
