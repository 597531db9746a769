// Sorting a vector of references leaves the original data untouched.
#[derive(Debug)]
struct Student {
    name: &'static str,
    grade: u32,
}

fn top_n<'a>(students: &'a [Student], n: usize) -> Vec<&'a Student> {
    let mut refs: Vec<&Student> = students.iter().collect();
    refs.sort_by(|a, b| b.grade.cmp(&a.grade).then_with(|| a.name.cmp(b.name)));
    refs.truncate(n);
    refs
}

fn main() {
    let class = [
        Student { name: "Noor", grade: 91 },
        Student { name: "Lars", grade: 78 },
        Student { name: "Ines", grade: 91 },
        Student { name: "Tomas", grade: 85 },
    ];
    let best = top_n(&class, 3);
    for (rank, s) in best.iter().enumerate() {
        println!("{}. {} ({})", rank + 1, s.name, s.grade);
    }
    println!("original order starts with {}", class[0].name);
}
