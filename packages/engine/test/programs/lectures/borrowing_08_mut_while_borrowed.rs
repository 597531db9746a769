// Exercise: keep a reference to the first element, then grow the vector.
// Read the compiler message carefully and explain it in your own words.
// Then suggest a fix that keeps the intent of the program.
// (Exercise sheet 3)
fn main() {
    let mut v = vec![1, 2, 3, 4, 5];

    let first = &v[0];
    println!("before push, first = {}", first);

    v.push(6);
    v.push(7);

    println!("The first element is: {}", first);
    println!("len is now {}", v.len());
    let evens: Vec<&i32> = v.iter().filter(|x| *x % 2 == 0).collect();
    println!("evens: {:?}", evens);
    let sum: i32 = v.iter().sum();
    println!("sum = {}", sum);
}
