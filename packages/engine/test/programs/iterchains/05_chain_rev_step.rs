fn main() {
    let evens: Vec<u32> = (0..20).step_by(2).collect();
    println!("evens: {:?}", evens);

    let countdown: Vec<u32> = (1..=5).rev().collect();
    println!("countdown: {:?}", countdown);

    let both: Vec<u32> = (1..4).chain(10..13).collect();
    println!("chained: {:?}", both);

    let mixed: Vec<u32> = (0..100).step_by(7).skip(2).take(5).collect();
    println!("step/skip/take: {:?}", mixed);

    let backwards_odds: Vec<i32> = (1..=15).rev().step_by(3).collect();
    println!("backwards by 3: {:?}", backwards_odds);
}
