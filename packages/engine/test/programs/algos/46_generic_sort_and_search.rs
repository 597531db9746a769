// The same insertion sort, now generic over any T: PartialOrd + Copy.
fn insertion_sort<T: PartialOrd + Copy>(items: &mut [T]) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && items[j - 1] > items[j] {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn largest<T: PartialOrd>(items: &[T]) -> Option<&T> {
    let mut best = items.first()?;
    for it in items {
        if it > best {
            best = it;
        }
    }
    Some(best)
}

fn main() {
    let mut ints = [9, -1, 4, 4, 0];
    let mut floats = [3.5, -0.25, 2.0, 1e3];
    let mut letters = ['r', 'u', 's', 't'];
    insertion_sort(&mut ints);
    insertion_sort(&mut floats);
    insertion_sort(&mut letters);
    println!("{:?}\n{:?}\n{:?}", ints, floats, letters);

    let names = vec!["Grace", "Ada", "Linus", "Barbara"];
    println!("last name alphabetically: {:?}", largest(&names));
    let nothing: Vec<u8> = vec![];
    println!("largest of nothing: {:?}", largest(&nothing));
}
