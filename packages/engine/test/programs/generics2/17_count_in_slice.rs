// Generic functions over slices.
fn count_of<T: PartialEq>(items: &[T], target: &T) -> usize {
    let mut n = 0;
    for item in items {
        if item == target {
            n += 1;
        }
    }
    n
}

fn first_last<T>(items: &[T]) -> Option<(&T, &T)> {
    if items.is_empty() {
        None
    } else {
        Some((&items[0], &items[items.len() - 1]))
    }
}

fn main() {
    let votes = ["yes", "no", "yes", "yes", "abstain"];
    println!("yes votes: {}", count_of(&votes, &"yes"));
    println!("no votes: {}", count_of(&votes, &"no"));

    let rolls = vec![3, 6, 6, 1, 6, 2];
    println!("sixes: {}", count_of(&rolls, &6));
    println!("sixes in first half: {}", count_of(&rolls[..3], &6));

    println!("{:?}", first_last(&rolls));
    let none: &[char] = &[];
    println!("{:?}", first_last(none));
}
