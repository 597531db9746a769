// Passing closures as &dyn Fn: no generics, one compiled copy of the function.
fn evaluate(name: &str, f: &dyn Fn(f64) -> f64, points: &[f64]) {
    let values: Vec<String> = points.iter().map(|&x| format!("{:.2}", f(x))).collect();
    println!("{}: {}", name, values.join(" "));
}

fn main() {
    let pts = [0.0, 0.5, 1.0, 2.0];
    let a = 2.0;
    let b = -1.0;
    let linear = |x: f64| a * x + b;
    let quad = |x: f64| x * x - 1.0;

    evaluate("linear", &linear, &pts);
    evaluate("quad", &quad, &pts);
    evaluate("abs", &|x: f64| (x - 1.0).abs(), &pts);

    let fs: [(&str, &dyn Fn(f64) -> f64); 2] = [("linear", &linear), ("quad", &quad)];
    for (n, f) in fs.iter() {
        println!("{}(3) = {}", n, f(3.0));
    }
}
