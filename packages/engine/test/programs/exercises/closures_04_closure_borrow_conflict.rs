// Exercise: apply bonuses to scores with a helper closure.
fn average(v: &[i32]) -> f64 {
    v.iter().sum::<i32>() as f64 / v.len() as f64
}

fn main() {
    let mut scores = vec![10, 20, 30];
    let bonus_total = std::cell::Cell::new(0);
    let mut add_bonus = |b: i32| {
        for s in scores.iter_mut() {
            *s += b;
        }
        bonus_total.set(bonus_total.get() + b);
    };
    add_bonus(5);
    println!("scores now {:?}", scores);
    add_bonus(1);
    println!("average {:.2}", average(&scores));
    println!("bonus {}", bonus_total.get());
    let best = scores.iter().max().unwrap();
    println!("best {}", best);
}
