use std::cell::RefCell;

fn main() {
    let grades = RefCell::new(vec![72, 88, 95]);

    {
        let g = grades.borrow();
        let avg = g.iter().sum::<i32>() / g.len() as i32;
        println!("average before: {}", avg);
    } // g dropped here

    {
        let mut g = grades.borrow_mut();
        g.push(60);
        g[0] += 5;
    } // mutable borrow ends here

    // two shared borrows at once are fine
    let a = grades.borrow();
    let b = grades.borrow();
    println!("a = {:?}, b.len() = {}", *a, b.len());
    drop(a);
    drop(b);

    grades.borrow_mut().retain(|&x| x >= 70);
    println!("passing: {:?}", grades.borrow());
}
