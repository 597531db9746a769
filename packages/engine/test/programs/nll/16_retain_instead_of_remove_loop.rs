// retain and retain_mut mutate in place without a borrow conflict.
fn main() {
    let mut tasks = vec![
        ("write tests", 3),
        ("lunch", 0),
        ("review", 2),
        ("nap", 0),
    ];
    tasks.retain(|&(_, hours)| hours > 0);
    println!("{:?}", tasks);

    let mut levels = vec![5, 1, 8, 2, 9];
    levels.retain_mut(|lvl| {
        *lvl -= 1;
        *lvl >= 2
    });
    println!("{:?}", levels);

    let removed: Vec<i32> = levels.drain(..1).collect();
    levels.extend(removed.iter().map(|x| x * 100));
    println!("{:?} then {:?}", removed, levels);
}
