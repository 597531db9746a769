mod pricing {
    pub fn discount(percent: u32) -> impl Fn(u32) -> u32 {
        move |price| price - price * percent / 100
    }

    pub fn make_counter() -> impl FnMut() -> u32 {
        let mut count = 0;
        move || {
            count += 1;
            count
        }
    }

    pub fn apply_all(prices: &[u32], rule: &dyn Fn(u32) -> u32) -> Vec<u32> {
        prices.iter().map(|&p| rule(p)).collect()
    }

    pub fn pick(member: bool) -> Box<dyn Fn(u32) -> u32> {
        if member {
            Box::new(discount(20))
        } else {
            Box::new(|p| p)
        }
    }
}

fn main() {
    let prices = [1000, 2500, 399];
    let sale = pricing::discount(10);
    println!("sale: {:?}", pricing::apply_all(&prices, &sale));
    for member in [true, false] {
        let rule = pricing::pick(member);
        println!("member={} -> {:?}", member, pricing::apply_all(&prices, &rule));
    }
    let mut next_ticket = pricing::make_counter();
    let tickets: Vec<u32> = (0..3).map(|_| next_ticket()).collect();
    println!("tickets: {:?}, next {}", tickets, next_ticket());
}
