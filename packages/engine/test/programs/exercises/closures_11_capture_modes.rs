fn main() {
    let mut v = vec![1, 2, 3];
    let len = || v.len();
    println!("len {}", len());
    println!("still can read {:?}", v);

    let mut push4 = || v.push(4);
    push4();
    push4();
    println!("after pushes {:?}", v);

    let s = String::from("moved");
    let owns = move || s.len();
    println!("owns {}", owns());
    println!("owns again {}", owns());

    let x = 5;
    let copy_capture = move || x + 1;
    println!("{} {}", copy_capture(), x);

    let mut total = 0;
    (1..=4).for_each(|n| total += n * n);
    println!("sum of squares {}", total);

    let mut stack = vec!["a", "b"];
    let mut pop_and_count = || {
        let popped = stack.pop();
        (popped, stack.len())
    };
    println!("{:?}", pop_and_count());
    println!("{:?}", pop_and_count());
    println!("{:?}", pop_and_count());
    println!("{:?}", stack);
    let fs: Vec<Box<dyn Fn() -> i32>> = (1..=3).map(|i| Box::new(move || i * 100) as Box<dyn Fn() -> i32>).collect();
    for f in &fs {
        print!("{} ", f());
    }
    println!();
}
