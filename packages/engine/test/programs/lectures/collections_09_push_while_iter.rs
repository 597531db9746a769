// Exercise: append the double of every element to the same vector.
// Read the compiler message carefully and explain it in your own words.
// Then suggest a fix that keeps the intent of the program.
// (Exercise sheet 3)
fn main() {
    let mut numbers = vec![1, 2, 3];
    println!("before: {:?}", numbers);

    for n in &numbers {
        if *n < 10 {
            numbers.push(n * 2);
        }
    }

    println!("after: {:?}", numbers);
    let total: i32 = numbers.iter().sum();
    println!("total = {}", total);
    let max = numbers.iter().max().unwrap();
    println!("max = {}", max);
    let evens = numbers.iter().filter(|n| **n % 2 == 0).count();
    println!("evens = {}", evens);
}
