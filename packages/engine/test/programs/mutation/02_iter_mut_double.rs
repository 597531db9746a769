fn main() {
    let mut prices = vec![3, 7, 12, 20];
    println!("original: {:?}", prices);

    for p in prices.iter_mut() {
        *p *= 2;
    }
    println!("doubled:  {:?}", prices);

    // the same thing with `&mut v` in the for loop
    for p in &mut prices {
        if *p > 20 {
            *p -= 5;
        }
    }
    println!("capped:   {:?}", prices);

    let total: i32 = prices.iter().sum();
    println!("total = {}", total);
}
