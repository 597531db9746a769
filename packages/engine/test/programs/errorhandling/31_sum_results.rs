fn total_weight(items: &[&str]) -> Result<u32, std::num::ParseIntError> {
    items.iter().map(|w| w.parse::<u32>()).sum()
}

fn product(items: &[&str]) -> Option<u64> {
    items.iter().map(|w| w.parse::<u64>().ok()).product()
}

fn main() {
    let crate_a = ["12", "8", "30"];
    let crate_b = ["12", "eight", "30"];
    println!("crate a: {:?}", total_weight(&crate_a));
    match total_weight(&crate_b) {
        Ok(w) => println!("crate b: {}", w),
        Err(e) => println!("crate b: cannot weigh ({})", e),
    }
    println!("product a: {:?}", product(&crate_a));
    println!("product b: {:?}", product(&crate_b));
}
