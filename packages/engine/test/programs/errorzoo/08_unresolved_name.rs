// Quiz: a variable used outside the block where it was declared.
fn main() {
    let prices = [12, 7, 30, 5];
    {
        let mut sum = 0;
        for p in prices.iter() {
            sum += p;
        }
        println!("inside: {}", sum);
    }
    // `sum` is out of scope here.
    let average = sum / prices.len() as i32;
    println!("average: {}", average);
}
