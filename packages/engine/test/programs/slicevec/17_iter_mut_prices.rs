// iter_mut yields &mut T so we can change elements in place.
#[derive(Debug)]
struct Product {
    name: String,
    price_cents: u32,
}

fn apply_discount(items: &mut [Product], percent: u32) {
    for p in items.iter_mut() {
        p.price_cents -= p.price_cents * percent / 100;
    }
}

fn main() {
    let mut nums = vec![1, 2, 3, 4];
    for n in nums.iter_mut() {
        *n *= *n;
    }
    println!("squares: {:?}", nums);

    // for x in &mut v is the same thing.
    for n in &mut nums {
        if *n > 5 {
            *n = 5;
        }
    }
    println!("clamped: {:?}", nums);

    let mut cart = vec![
        Product { name: "book".into(), price_cents: 2000 },
        Product { name: "lamp".into(), price_cents: 4500 },
    ];
    apply_discount(&mut cart, 10);
    for p in &cart {
        println!("{}: {}.{:02}", p.name, p.price_cents / 100, p.price_cents % 100);
    }

    // Mutate with the index available too.
    let mut marks = [0; 5];
    for (i, m) in marks.iter_mut().enumerate() {
        *m = i * 10;
    }
    println!("marks: {:?}", marks);
}
