mod roster {
    #[derive(Debug)]
    pub struct Student {
        pub id: u32,
        pub name: String,
        pub gpa: f32,
    }

    pub fn find<'a>(list: &'a [Student], id: u32) -> Option<&'a Student> {
        list.iter().find(|s| s.id == id)
    }

    pub fn top(list: &[Student]) -> &Student {
        let mut best = &list[0];
        for s in list {
            if s.gpa > best.gpa {
                best = s;
            }
        }
        best
    }

    pub fn longest_name<'a>(a: &'a str, b: &'a str) -> &'a str {
        if a.len() >= b.len() { a } else { b }
    }

    pub fn first_word(s: &str) -> &str {
        s.split(' ').next().unwrap_or("")
    }

    pub fn gpa_mut(list: &mut Vec<Student>, id: u32) -> Option<&mut f32> {
        list.iter_mut().find(|s| s.id == id).map(|s| &mut s.gpa)
    }
}

use roster::Student;

fn main() {
    let mut class = vec![
        Student { id: 1, name: "Maria Lopez".into(), gpa: 3.4 },
        Student { id: 2, name: "Kenji Sato".into(), gpa: 3.9 },
        Student { id: 3, name: "Olu Adeyemi".into(), gpa: 3.7 },
    ];
    if let Some(s) = roster::find(&class, 3) {
        println!("found {} (first name {})", s.name, roster::first_word(&s.name));
    }
    println!("missing: {:?}", roster::find(&class, 9).map(|s| &s.name));
    println!("top: {}", roster::top(&class).name);
    let longer = roster::longest_name(&class[0].name, &class[1].name);
    println!("longer name: {}", longer);
    if let Some(g) = roster::gpa_mut(&mut class, 1) {
        *g += 0.6;
    }
    println!("top now: {:?}", roster::top(&class));
}
