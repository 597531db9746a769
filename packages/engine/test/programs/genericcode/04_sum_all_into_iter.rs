// Any collection that can be turned into an iterator of i32 works here.
fn sum_all<I: IntoIterator<Item = i32>>(items: I) -> i32 {
    let mut total = 0;
    for x in items {
        total += x;
    }
    total
}

fn count_positive<I>(items: I) -> usize
where
    I: IntoIterator<Item = i32>,
{
    items.into_iter().filter(|x| *x > 0).count()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let arr = [10, -20, 30];
    println!("vec sum = {}", sum_all(v.clone()));
    println!("array sum = {}", sum_all(arr));
    println!("range sum = {}", sum_all(1..=10));
    println!("mapped sum = {}", sum_all(v.iter().map(|x| x * x)));
    println!("positives in arr = {}", count_positive(arr));
    println!("positives in vec = {}", count_positive(v));
}
