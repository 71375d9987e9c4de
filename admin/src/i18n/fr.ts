/** French, the back office's first language: react-admin's own messages plus ours. */
import frenchMessages from 'ra-language-french';
import type { CREATOR_ROLES, OBJECT_TYPES, RIGHTS_STATUSES, LICENCES, ROLES, WORKFLOW_STATES } from '@oc/domain';

type Labels<T extends readonly string[]> = Record<T[number], string>;

const multilingual = (label: string) => ({ fr: `${label} (français)`, en: `${label} (anglais)`, es: `${label} (espagnol)` });

const messages = {
  resources: {
    works: {
      name: 'Œuvre |||| Œuvres',
      // A repeated part has its own label (audit diffs name it whole) and one per column; polyglot reads the
      // dotted keys as it reads nested ones.
      fields: {
        museumId: 'Musée',
        inventoryNumber: 'N° d’inventaire',
        title: multilingual('Titre'),
        description: multilingual('Description'),
        objectType: 'Type d’objet',
        is2D: 'Œuvre en deux dimensions',
        anonymous: 'Anonyme',
        firstPublicationYear: 'Année de première publication',
        dating: { text: 'Datation', startYear: 'Année de début', endYear: 'Année de fin' },
        techniques: 'Techniques et matériaux',
        provenance: 'Provenance et acquisition',
        keywords: 'Mots-clés',
        creators: 'Créateurs',
        'creators.personId': 'Créateur',
        'creators.role': 'Rôle',
        creatorNames: 'Créateurs',
        creatorId: 'Créateur',
        dimensions: 'Dimensions',
        'dimensions.part': 'Partie',
        'dimensions.type': 'Type',
        'dimensions.value': 'Valeur',
        'dimensions.unit': 'Unité',
        inscriptions: 'Inscriptions',
        'inscriptions.type': 'Type',
        'inscriptions.text': 'Texte',
        'inscriptions.script': 'Écriture',
        rights: { status: 'Statut juridique', licence: 'Licence' },
        workflow: { state: 'État' },
        rightsStatus: 'Statut juridique',
        workflowState: 'État',
        dateFrom: 'Datée à partir de (année)',
        dateTo: 'Datée jusqu’à (année)',
        createdAt: 'Créée le',
        updatedAt: 'Modifiée le',
      },
      tabs: {
        notice: 'Notice',
        texts: 'Titres et descriptions',
        creators: 'Créateurs',
        dimensions: 'Dimensions',
        inscriptions: 'Inscriptions',
        rights: 'Droits',
        history: 'Historique',
      },
    },
    people: {
      name: 'Créateur |||| Créateurs',
      fields: {
        displayName: 'Nom affiché',
        sortName: 'Nom de tri',
        birthDate: 'Naissance',
        deathDate: 'Mort',
        birthPlace: 'Lieu de naissance',
        deathPlace: 'Lieu de mort',
        diedForFrance: 'Mort pour la France',
        wikidataId: 'Identifiant Wikidata',
        commonsCreator: 'Modèle Creator sur Commons',
        updatedAt: 'Modifié le',
      },
    },
    museums: {
      name: 'Musée |||| Musées',
      fields: {
        code: 'Code',
        name: multilingual('Nom'),
        commonsInstitution: 'Institution sur Commons',
        portalId: 'Identifiant sur le portail',
      },
    },
    users: {
      name: 'Utilisateur |||| Utilisateurs',
      fields: {
        email: 'Courriel',
        displayName: 'Nom affiché',
        roles: 'Rôles',
        active: 'Actif',
        password: 'Mot de passe',
        lastLoginAt: 'Dernière connexion',
      },
    },
    'audit-events': {
      name: 'Événement |||| Journal',
      fields: {
        at: 'Date',
        userId: 'Utilisateur',
        userEmail: 'Utilisateur',
        action: 'Action',
        entityType: 'Type d’objet',
        entityId: 'Identifiant',
        comment: 'Commentaire',
        diff: 'Modifications',
        from: 'Depuis le',
        to: 'Jusqu’au',
      },
    },
  },
  oc: {
    unset: 'Non renseigné',
    help: {
      partialDate: 'AAAA, AAAA-MM ou AAAA-MM-JJ',
      passwordUnchanged: 'Laisser vide pour garder le mot de passe actuel',
    },
    validation: {
      partialDate: 'Date attendue sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ',
      wikidataId: 'Identifiant Wikidata attendu : Q suivi de chiffres',
    },
    roles: { registrar: 'Documentaliste', rights_manager: 'Gestionnaire des droits', admin: 'Administrateur' } satisfies Labels<typeof ROLES>,
    rightsStatuses: {
      public_domain: 'Domaine public',
      in_copyright: 'Protégée par le droit d’auteur',
      unknown: 'Inconnu',
    } satisfies Labels<typeof RIGHTS_STATUSES>,
    licences: { CC0: 'CC0', all_rights_reserved: 'Tous droits réservés' } satisfies Labels<typeof LICENCES>,
    workflowStates: {
      draft: 'Brouillon',
      in_review: 'En relecture',
      approved: 'Approuvée',
      scheduled: 'Programmée',
      publishing: 'En cours de publication',
      published: 'Publiée',
      withdrawn: 'Retirée',
    } satisfies Labels<typeof WORKFLOW_STATES>,
    creatorRoles: {
      auteur: 'auteur',
      'attribué à': 'attribué à',
      'atelier de': 'atelier de',
      "d'après": 'd’après',
      photographe: 'photographe',
      éditeur: 'éditeur',
      graveur: 'graveur',
      fondeur: 'fondeur',
    } satisfies Labels<typeof CREATOR_ROLES>,
    objectTypes: {
      peinture: 'peinture',
      dessin: 'dessin',
      estampe: 'estampe',
      photographie: 'photographie',
      sculpture: 'sculpture',
      'objet d’art': 'objet d’art',
      costume: 'costume',
      manuscrit: 'manuscrit',
      médaille: 'médaille',
      mobilier: 'mobilier',
      autre: 'autre',
    } satisfies Labels<typeof OBJECT_TYPES>,
    entityTypes: { work: 'Œuvre', person: 'Créateur', museum: 'Musée', user: 'Utilisateur', media: 'Image' },
  },
};

/** The English catalogue must have exactly these keys. */
export type Messages = typeof messages;

/** Users sign in with their email address. */
export const fr = { ...frenchMessages, ra: { ...frenchMessages.ra, auth: { ...frenchMessages.ra.auth, username: 'Courriel' } }, ...messages };
