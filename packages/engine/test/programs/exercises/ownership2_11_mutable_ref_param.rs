fn double_all(v: &mut Vec<i32>) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn push_sum(v: &mut Vec<i32>) -> i32 {
    let s: i32 = v.iter().sum();
    v.push(s);
    s
}

fn swap_ends(v: &mut [i32]) {
    if v.len() >= 2 {
        let last = v.len() - 1;
        v.swap(0, last);
    }
}

fn main() {
    let mut nums = vec![1, 2, 3];
    double_all(&mut nums);
    let s = push_sum(&mut nums);
    swap_ends(&mut nums);
    println!("{:?} sum was {}", nums, s);
    let r = &mut nums;
    double_all(r);
    r.push(0);
    println!("{:?}", nums);
    let mut x = 10;
    let px = &mut x;
    *px += 1;
    let py = &*px;
    println!("{}", py);
    println!("{}", x);
    let mut words = vec![String::from("a")];
    let w0 = &mut words[0];
    w0.push('b');
    words.push(String::from("c"));
    println!("{:?}", words);
}
