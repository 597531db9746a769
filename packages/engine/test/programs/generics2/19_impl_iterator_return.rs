// Returning `impl Iterator` from a generic function.
fn evens<'a>(numbers: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    numbers.iter().copied().filter(|n| n % 2 == 0)
}

fn repeat_each<T: Clone>(items: Vec<T>, times: usize) -> impl Iterator<Item = T> {
    items
        .into_iter()
        .flat_map(move |x| std::iter::repeat(x).take(times))
}

fn squares_up_to(limit: u32) -> impl Iterator<Item = u32> {
    (1..).map(|n| n * n).take_while(move |&sq| sq <= limit)
}

fn main() {
    let data = [1, 2, 3, 4, 5, 6, 10];
    let e: Vec<u32> = evens(&data).collect();
    println!("evens: {:?}", e);

    let r: Vec<char> = repeat_each(vec!['a', 'b'], 3).collect();
    println!("repeated: {:?}", r);

    let total: u32 = squares_up_to(50).sum();
    println!("squares <= 50: {:?}, sum {}", squares_up_to(50).collect::<Vec<_>>(), total);
}
