fn swap<T, U>(pair: (T, U)) -> (U, T) {
    let (a, b) = pair;
    (b, a)
}

fn swap_in_place<T>(v: &mut [T], i: usize, j: usize) {
    v.swap(i, j);
}

fn main() {
    let p = (1, "one");
    let s = swap(p);
    println!("{:?}", s);

    let q = (String::from("key"), 3.5);
    let r = swap(q);
    println!("{:?}", r);

    let mut letters = vec!['a', 'b', 'c', 'd'];
    swap_in_place(&mut letters, 0, 3);
    println!("{:?}", letters);

    let mut names = [String::from("x"), String::from("y")];
    swap_in_place(&mut names, 0, 1);
    println!("{:?}", names);
}
