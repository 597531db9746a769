fn main() {
    let prices = ["4.50", "3.25", "10.00"];
    let total: Result<f64, _> = prices.iter().map(|p| p.parse::<f64>()).sum();
    println!("total = {:.2}", total.unwrap());

    let broken = ["4.50", "three", "10.00"];
    let total: Result<f64, std::num::ParseFloatError> = broken.iter().map(|p| p.parse::<f64>()).sum();
    match total {
        Ok(t) => println!("total = {}", t),
        Err(e) => println!("could not sum: {}", e),
    }

    let counts = [Some(2u32), Some(5), Some(1)];
    let product: Option<u32> = counts.iter().copied().product();
    println!("product = {:?}", product);
}
