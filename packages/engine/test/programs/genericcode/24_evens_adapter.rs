// Iterator adapters written as generic functions.
fn evens<I: Iterator<Item = u32>>(it: I) -> impl Iterator<Item = u32> {
    it.filter(|n| n % 2 == 0)
}

fn doubled<I>(it: I) -> impl Iterator<Item = u32>
where
    I: Iterator<Item = u32>,
{
    it.map(|n| n * 2)
}

fn running_total<I: Iterator<Item = u32>>(it: I) -> Vec<u32> {
    let mut total = 0;
    it.map(|n| {
        total += n;
        total
    })
    .collect()
}

fn main() {
    let e: Vec<u32> = evens(1..=10).collect();
    println!("evens: {:?}", e);
    let d: Vec<u32> = doubled(evens(vec![3, 4, 5, 6].into_iter())).collect();
    println!("doubled evens: {:?}", d);
    println!("running: {:?}", running_total(evens(0..9)));
    let n = evens([7u32, 9, 11].into_iter()).count();
    println!("no evens: {}", n);
}
