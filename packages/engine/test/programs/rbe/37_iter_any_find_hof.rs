// Iterator::any, find, position, and higher-order functions.
fn is_odd(n: u32) -> bool {
    n % 2 == 1
}

fn main() {
    let vec1 = vec![1, 2, 3];
    let vec2 = vec![4, 5, 6];
    println!("2 in vec1: {}", vec1.iter().any(|&x| x == 2));
    println!("2 in vec2: {}", vec2.into_iter().any(|x| x == 2));

    let array1 = [1, 2, 3];
    let array2 = [4, 5, 6];
    println!("2 in array1: {}", array1.iter().any(|&x| x == 2));
    println!("2 in array2: {}", array2.into_iter().any(|x| x == 2));

    let mut iter = vec1.iter();
    println!("Find 2 in vec1: {:?}", iter.find(|&&x| x == 2));
    let index_of_first_even = array1.iter().position(|&x| x % 2 == 0);
    println!("first even at {:?}", index_of_first_even);
    let words = ["apple", "kiwi", "banana"];
    println!("first long word: {:?}", words.iter().find(|w| w.len() > 5));

    let upper = 1000;
    let mut acc = 0;
    for n in 0.. {
        let n_squared = n * n;
        if n_squared >= upper {
            break;
        } else if is_odd(n_squared) {
            acc += n_squared;
        }
    }
    println!("imperative style: {}", acc);

    let sum_of_squared_odd_numbers: u32 = (0..)
        .map(|n| n * n)
        .take_while(|&n_squared| n_squared < upper)
        .filter(|&n_squared| is_odd(n_squared))
        .sum();
    println!("functional style: {}", sum_of_squared_odd_numbers);

    let lengths: Vec<usize> = words.iter().map(|w| w.len()).collect();
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("{:?} longest={}", lengths, longest);
    let product = (1..=5).fold(1, |acc, x| acc * x);
    println!("5! = {}", product);
}
