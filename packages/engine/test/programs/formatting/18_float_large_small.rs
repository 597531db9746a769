fn main() {
    let values = [1e15_f64, 1e16, 1e20, 1e21, 1e22, 1.5e300];
    for v in values {
        println!("{} | {:?}", v, v);
    }
    let tiny = [1e-4_f64, 1e-5, 1e-6, 1e-7, 1.25e-10];
    for t in tiny {
        println!("{} | {:?}", t, t);
    }
    println!("{}", 1e21_f32);
    println!("{:?}", 1e-7_f32);
    println!("{:?}", 123456789.0_f32);
    println!("{}", 16777217.0_f32);
}
