struct PriceCalculator {
    name: String,
    discount: Box<dyn Fn(f64) -> f64>,
}

impl PriceCalculator {
    fn final_price(&self, base: f64) -> f64 {
        (self.discount)(base)
    }
}

fn main() {
    let member_rate = 0.15;
    let strategies = vec![
        PriceCalculator { name: String::from("regular"), discount: Box::new(|p| p) },
        PriceCalculator { name: String::from("member"), discount: Box::new(move |p| p * (1.0 - member_rate)) },
        PriceCalculator {
            name: String::from("clearance"),
            discount: Box::new(|p| if p > 50.0 { p - 20.0 } else { p / 2.0 }),
        },
    ];

    for base in [40.0, 120.0] {
        for s in &strategies {
            println!("{:>10}: {:.2} -> {:.2}", s.name, base, s.final_price(base));
        }
    }
}
