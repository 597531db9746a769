fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1, r2);
    let r3 = &mut s;
    r3.push_str(" world");
    println!("{}", r3);
    let len = s.len();
    s.push_str(&len.to_string());
    println!("{}", s);
    let mut v = vec![1, 2, 3];
    let last = *v.last().unwrap();
    v.push(last + 1);
    let n = v.len();
    v[n - 1] *= 10;
    println!("{:?}", v);
    let mut count = 0;
    {
        let c = &mut count;
        *c += 5;
    }
    count += 1;
    println!("count {}", count);
    let mut pair = (String::from("a"), String::from("b"));
    let x = &mut pair.0;
    let y = &mut pair.1;
    x.push('1');
    y.push('2');
    println!("{:?}", pair);
    let mut arr = [1, 2, 3, 4];
    let (left, right) = arr.split_at_mut(2);
    left[0] += right[1];
    println!("{:?}", arr);
}
