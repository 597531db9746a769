// Returning an iterator that borrows from the input slice.
fn evens<'a>(v: &'a [i32]) -> impl Iterator<Item = &'a i32> + 'a {
    v.iter().filter(|x| **x % 2 == 0)
}

fn bigger_than<'a>(v: &'a [i32], limit: i32) -> impl Iterator<Item = &'a i32> + 'a {
    v.iter().filter(move |x| **x > limit)
}

fn main() {
    let numbers = vec![1, 2, 3, 4, 5, 6, 7, 8];
    let e: Vec<&i32> = evens(&numbers).collect();
    println!("evens: {:?}", e);
    let sum: i32 = bigger_than(&numbers, 5).sum();
    println!("sum of > 5: {}", sum);
    for n in evens(&numbers[..4]) {
        println!("small even {}", n);
    }
}
