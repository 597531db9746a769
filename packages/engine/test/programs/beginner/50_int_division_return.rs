fn mean(total: i32, count: i32) -> f64 {
    total / count
}

fn main() {
    let m = mean(17, 4);
    println!("mean = {:.2}", m);
}
