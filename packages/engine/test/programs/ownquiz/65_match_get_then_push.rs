// match on v.get(..) and push inside the arm. Compile?
fn main() {
    let mut path = vec![String::from("home")];
    match path.get(0) {
        Some(root) if root == "home" => path.push(String::from("user")),
        Some(_) => path.push(String::from("other")),
        None => {}
    }
    match path.last().map(|s| s.len()) {
        Some(n) => path.push(format!("len{}", n)),
        None => {}
    }
    println!("/{}", path.join("/"));
}
