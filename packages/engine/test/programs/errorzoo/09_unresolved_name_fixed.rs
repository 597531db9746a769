// Quiz answer: declare the accumulator in the outer scope.
fn main() {
    let prices = [12, 7, 30, 5];
    let mut sum = 0;
    {
        for p in prices.iter() {
            sum += p;
        }
        println!("inside: {}", sum);
    }
    let average = sum / prices.len() as i32;
    println!("average: {}", average);
}
