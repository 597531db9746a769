// Quiz: adding two structs without implementing Add.
#[derive(Debug, Clone, Copy)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(euros: i64, cents: i64) -> Self {
        Money { cents: euros * 100 + cents }
    }
}

fn main() {
    let lunch = Money::new(8, 50);
    let coffee = Money::new(2, 20);
    let bill = lunch + coffee;
    println!("{:?}", bill);
}
